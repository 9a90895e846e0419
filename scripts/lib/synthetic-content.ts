/**
 * Synthetic but valid content for benchmarks and scale tests: N events spread one a day from
 * 1 January 2000, with a few categories, actors and yearly phases. Never used for the demo.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const CATEGORIES = ['alpha', 'beta', 'gamma', 'delta'];
const ACTORS = ['actor-one', 'actor-two', 'actor-three', 'actor-four', 'actor-five'];
const WORDS = ['ruling', 'protest', 'sanction', 'election', 'defection', 'summit', 'statement', 'report', 'vote', 'agreement'];

/** The calendar date `index` days after 1 January 2000, as YYYY-MM-DD (computed in UTC). */
export function syntheticDate(index: number): string {
  return new Date(Date.UTC(2000, 0, 1 + index)).toISOString().slice(0, 10);
}

/** The text of synthetic event number `index`. */
export function syntheticEvent(index: number): { id: string; text: string } {
  const date = syntheticDate(index);
  const word = WORDS[index % WORDS.length]!;
  const id = `${date}-synthetic-${word}-${index}`;
  const text = `---
title: Synthetic ${word} number ${index}
summary: A generated event used to measure how the site scales; it says nothing about the world.
date: ${date}
category: ${CATEGORIES[index % CATEGORIES.length]}
actors: [${ACTORS[index % ACTORS.length]}, ${ACTORS[(index + 2) % ACTORS.length]}]
sources:
  - title: Generated source ${index}
    publisher: Example Wire
    url: https://example.com/synthetic/${index}
  - title: Second generated source ${index}
    publisher: Example Post
    url: https://example.org/synthetic/${index}
---

Synthetic event ${index} is a ${word} that happened on ${date}. Its only purpose is to give the build
a realistic amount of Markdown to render.

A second paragraph, so the page has the shape of a real entry, with **some emphasis** and a
[link](https://example.com/synthetic/${index}).
`;
  return { id, text };
}

/** Writes synthetic events numbered `from`..`from + count - 1` into a content folder's events/. */
export async function writeSyntheticEvents(contentDir: string, count: number, from = 0): Promise<string[]> {
  await mkdir(join(contentDir, 'events'), { recursive: true });
  const ids: string[] = [];
  for (let index = from; index < from + count; index++) {
    const { id, text } = syntheticEvent(index);
    await writeFile(join(contentDir, 'events', `${id}.md`), text);
    ids.push(id);
  }
  return ids;
}

/**
 * Writes `count` copies of one real entry, as a newsroom's archive grows: each on its own day from
 * 1 January 2000 (its file name and date changed, nothing else), so the same category and the
 * same few actors hold every one of them.
 */
export async function writeClonedEvents(contentDir: string, sourceFile: string, count: number): Promise<string[]> {
  const text = await readFile(sourceFile, 'utf8');
  const sourceDate = /^date: (.*)$/m.exec(text)?.[1]?.trim();
  const ids: string[] = [];
  for (let index = 0, day = 0; index < count; index++, day++) {
    // A copy on the original's own date is the same event twice, which the check refuses.
    if (syntheticDate(day) === sourceDate) day++;
    const date = syntheticDate(day);
    const id = `${date}-clone-${index}`;
    await writeFile(join(contentDir, 'events', `${id}.md`), text.replace(/^date: .*$/m, `date: ${date}`));
    ids.push(id);
  }
  return ids;
}

/** Writes a complete synthetic story (settings, categories, actors, yearly phases) and N events. */
export async function writeSyntheticStory(contentDir: string, count: number): Promise<string[]> {
  for (const dir of ['categories', 'actors', 'phases']) await mkdir(join(contentDir, dir), { recursive: true });
  await writeFile(
    join(contentDir, 'story.yaml'),
    `title: Synthetic story\ndek: Generated events for measuring scale.\nintroduction: Generated content.\nsite: https://bench.example.org\npublisher: Bench desk\n`,
  );
  for (const [order, id] of CATEGORIES.entries()) {
    await writeFile(
      join(contentDir, 'categories', `${id}.yaml`),
      `name: Category ${id}\ndescription: Generated category.\norder: ${order}\n`,
    );
  }
  for (const id of ACTORS) {
    await writeFile(
      join(contentDir, 'actors', `${id}.yaml`),
      `name: Actor ${id}\nkind: person\nrole: Generated actor\ndescription: A generated actor.\n`,
    );
  }
  const lastYear = Number(syntheticDate(Math.max(count - 1, 0)).slice(0, 4));
  for (let year = 2000; year <= lastYear; year++) {
    await writeFile(
      join(contentDir, 'phases', `year-${year}.yaml`),
      `title: The year ${year}\nstart: ${year}-01-01\nend: ${year}-12-31\nsummary: Everything generated for ${year}.\n`,
    );
  }
  return writeSyntheticEvents(contentDir, count);
}
