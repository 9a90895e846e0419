declare module 'virtual:cronista/story' {
  /** The story settings, read once by the Cronista integration (src/integrations/cronista.ts). */
  export const story: import('./schemas/taxonomy.ts').StoryData;
}
