/** Types of the virtual modules the build integration provides (src/integrations/search-data.ts). */
declare module 'virtual:gardenia/search-data' {
  /** JSON `{ t: encoded Traditional→Simplified pairs, s: synonym groups }`, safe inside <script>. */
  export const searchData: string;
  /** A few formal terms to suggest when a search finds nothing. */
  export const suggestions: string[];
  /** The synonym groups of content/synonyms.yaml (formal term → everyday forms). */
  export const synonymGroups: import('../lib/search-synonyms.ts').SynonymGroup[];
}
