/** The stand-ins for the site's MDX components, imported by the generated Starlight corpus. */
export { default as Callout } from './Callout.astro';
export { default as Steps } from './Steps.astro';
export { default as Step } from './Step.astro';
export { default as QA } from './QA.astro';
export { default as LawQuote } from './LawQuote.astro';
