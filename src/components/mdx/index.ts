/** Components editors can use in MDX without importing them. */
import LawQuote from './LawQuote.astro';
import Steps from './Steps.astro';
import Step from './Step.astro';
import QA from './QA.astro';
import Callout from './Callout.astro';
import ReportFact from './ReportFact.astro';
import Figure from './Figure.astro';

export const mdxComponents = { LawQuote, Steps, Step, QA, Callout, ReportFact, Figure };
