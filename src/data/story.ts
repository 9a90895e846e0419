/** The story settings (`src/content/story.yaml`), read and checked once by the Cronista integration. */
export { story } from 'virtual:cronista/story';
