// doiuse ships no type declarations; the part compat.ts uses.
declare module 'doiuse' {
  import type { PluginCreator } from 'postcss';
  interface DoiuseOptions {
    browsers?: string[];
    ignore?: string[];
    onFeatureUsage?: (info: { feature: string; message: string; usage: { source?: { start?: { line: number; column: number } } } }) => void;
  }
  const doiuse: PluginCreator<DoiuseOptions>;
  export default doiuse;
}
