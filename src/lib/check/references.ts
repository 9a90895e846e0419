/**
 * The checks across files, run once every file is read: ids that clash, references to entries
 * that do not exist (with a did-you-mean), phases that overlap, events written twice.
 */
import type { EventData } from '../../schemas/event.ts';
import type { ActorData, PhaseData } from '../../schemas/taxonomy.ts';
import { compareCalendarDates, isNotBefore } from '../../schemas/calendar-date.ts';
import { COLLECTIONS, CONTENT_DIRS, type CollectionName, type LoadedCollection } from '../content/files.ts';
import { editionsOf } from '../i18n/editions.ts';
import type { StoryData } from '../../schemas/taxonomy.ts';
import type { CheckedEntry } from './entry.ts';
import type { Problem } from './problem.ts';
import { closest, foldName } from './suggest.ts';

/** Checks what no single file can tell. */
export function crossCheck(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const error = (entry: CheckedEntry, path: readonly PropertyKey[], field: string, message: string, help?: string) =>
    problems.push({ file: entry.file, ...(path.length ? entry.locateValue(path) : {}), field, message, help, severity: 'error' });

  // One file per id: `x.md` beside `x.mdx` would publish only one of them.
  const byId = new Map<string, CheckedEntry>();
  for (const entry of entries.toSorted((a, b) => a.file.localeCompare(b.file))) {
    const key = `${entry.collection}/${entry.id}`;
    const first = byId.get(key);
    if (first) {
      error(entry, [], 'file', `has the same id "${entry.id}" as ${first.file} (expected one file per id; remove or rename one)`);
    } else byId.set(key, entry);
  }

  const of = (collection: CollectionName) => entries.filter((entry) => entry.collection === collection);
  const ids = (collection: CollectionName) => new Set(of(collection).map((entry) => entry.id));
  const categories = ids('categories');
  const actorIds = ids('actors');
  const actorCandidates = of('actors').map((entry) => {
    const data = entry.data as ActorData | undefined;
    return { id: entry.id, names: data ? [data.name, ...data.aliases] : [] };
  });
  const events = of('events');
  const eventIds = ids('events');
  const drafts = new Set(events.filter((entry) => entry.references?.draft).map((entry) => entry.id));
  const list = (values: Iterable<string>) => [...values].sort().join(', ') || 'none defined yet';

  for (const event of events) {
    const references = event.references;
    if (!references) continue;
    if (references.category !== undefined && !categories.has(references.category)) {
      const guess = closest(
        references.category,
        of('categories').map((entry) => ({ id: entry.id, names: entry.data ? [(entry.data as { name: string }).name] : [] })),
      );
      error(
        event,
        ['category'],
        'category',
        `"${references.category}" is not a category (expected one of: ${list(categories)})`,
        guess ? `did you mean ${guess}?` : `if this is a new category, add ${CONTENT_DIRS.categories}/${references.category}.yaml`,
      );
    }
    references.actors.forEach((actor, index) => {
      if (actorIds.has(actor)) return;
      const guess = closest(actor, actorCandidates);
      error(
        event,
        ['actors', index],
        `actors.${index}`,
        `"${actor}" is not an actor (expected a file name from ${CONTENT_DIRS.actors}/)`,
        guess ? `did you mean ${guess}?` : `if this is a new actor, add ${CONTENT_DIRS.actors}/${actor}.yaml`,
      );
    });
    references.related.forEach((related, index) => {
      const path = ['related', index];
      if (related === event.id) error(event, path, `related.${index}`, `points to the entry itself (expected another event's id)`);
      else if (!eventIds.has(related)) {
        const guess = closest(
          related,
          [...eventIds].map((id) => ({ id })),
        );
        error(
          event,
          path,
          `related.${index}`,
          `"${related}" is not an event (expected a file name from ${CONTENT_DIRS.events}/ without extension)`,
          guess ? `did you mean ${guess}?` : undefined,
        );
      } else if (drafts.has(related) && !references.draft) {
        error(event, path, `related.${index}`, `"${related}" is a draft and will not be published (expected a published event)`);
      }
    });
  }

  // The same event written twice under two names.
  const seen = new Map<string, CheckedEntry>();
  for (const event of events.toSorted((a, b) => a.file.localeCompare(b.file))) {
    const data = event.data as EventData | undefined;
    if (!data) continue;
    // The same day, and the same headline or the same text: one event written twice. (Events on
    // different days may share a text: a recurring statement, or a generated benchmark.)
    const keys = [
      `${data.date.iso}|${foldName(data.title)}`,
      event.body && event.body.length > 80 ? `${data.date.iso}|body|${event.body.replace(/\s+/g, ' ')}` : undefined,
    ];
    for (const key of keys) {
      if (!key) continue;
      const original = seen.get(key);
      if (original && original.id !== event.id) {
        // Which of the two is the copy cannot be known: both are named, each pointing to the other.
        for (const [entry, other] of [
          [event, original],
          [original, event],
        ] as const) {
          error(
            entry,
            key.includes('|body|') ? [] : ['title'],
            key.includes('|body|') ? 'body' : 'title',
            key.includes('|body|')
              ? `has the same text as ${other.file} (expected one file per event)`
              : `is the same event as ${other.file}: same date and headline (expected one file per event)`,
            'keep one of the two files; if they are different events, say how in the headline',
          );
        }
        break;
      }
      seen.set(key, event);
    }
  }

  // Translations: of an entry that exists, in a language the story publishes.
  const story = entries.find((entry) => entry.collection === 'story')?.data as StoryData | undefined;
  const prefixes = story ? editionsOf(story.language).flatMap((edition) => (edition.prefix ? [edition.prefix] : [])) : undefined;
  for (const entry of entries) {
    const translates =
      entry.collection === 'storyTranslations' || entry.collection === 'texts'
        ? undefined
        : entry.collection in COLLECTIONS &&
          (COLLECTIONS[entry.collection as LoadedCollection] as { translates?: CollectionName }).translates;
    const folder = entry.id.includes('/') ? entry.id.split('/')[0]! : undefined;
    if (folder && prefixes && !prefixes.includes(folder)) {
      error(
        entry,
        [],
        'file',
        `is in the language folder "${folder}/", but story.yaml publishes no such edition (expected ${prefixes.length ? `one of: ${prefixes.join(', ')}` : 'no language folders: the story has one language'})`,
        `add ${folder} to the language list in story.yaml, for example language: [${[...(story?.language ?? []), folder].join(', ')}]`,
      );
    }
    if (!translates) continue;
    const original = entry.id.split('/')[1]!;
    if (!ids(translates).has(original)) {
      const guess = closest(
        original,
        [...ids(translates)].map((id) => ({ id })),
      );
      error(
        entry,
        [],
        'file',
        `translates "${original}", which is not in ${CONTENT_DIRS[translates]}/ (expected a translation to have its original's file name)`,
        guess ? `did you mean ${guess}?` : undefined,
      );
    }
  }

  // Phases must not overlap, so every event belongs to at most one.
  const phases = of('phases')
    .filter((entry) => entry.data)
    .map((entry) => ({ entry, data: entry.data as PhaseData }))
    .toSorted((a, b) => compareCalendarDates(a.data.start, b.data.start));
  for (let i = 1; i < phases.length; i++) {
    const previous = phases[i - 1]!;
    const phase = phases[i]!;
    if (!isNotBefore(phase.data.start, previous.data.end) || compareCalendarDates(phase.data.start, previous.data.end) === 0) {
      error(
        phase.entry,
        ['start'],
        'start',
        `${phase.data.start.iso} overlaps the phase "${previous.entry.id}" ending ${previous.data.end.iso} (expected phases that do not overlap)`,
      );
    }
  }
  return problems;
}
