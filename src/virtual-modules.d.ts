declare module 'virtual:cronista/story' {
  /** The story settings, read once by the Cronista integration (src/integrations/cronista.ts). */
  export const story: import('./schemas/taxonomy.ts').StoryData;
  /** The story's own text in each other language, by language tag. */
  export const storyTranslations: Record<string, import('./schemas/translation.ts').StoryTranslation>;
}
