/**
 * What `npm run init` writes to start a newsroom's own story, in the story's language: the story
 * settings, a few categories, the about page's prose, and one draft entry to copy. English is
 * used for a language that has no starter texts yet (the writer is told so).
 */
import { stringify } from 'yaml';
import { PLACEHOLDER_BODY, PLACEHOLDER_SUMMARY } from './placeholders.ts';

/** A new story's settings, as `npm run init` takes them. */
export type StoryOptions = {
  title: string;
  /** One language tag, or several (the first is the default edition). */
  languages: string[];
  site: string;
  publisher: string;
  base?: string;
  repository?: string;
};

type Starter = {
  dek: (title: string) => string;
  introduction: string;
  categories: { id: string; name: string; description: string }[];
  about: string;
  draftTitle: string;
};

const STARTERS: Record<string, Starter> = {
  en: {
    dek: (title) => `A timeline of ${title}, event by event, each with its sources.`,
    introduction: 'Replace this introduction with two or three sentences on what the story is about and the period it covers.',
    categories: [
      { id: 'decisions', name: 'Decisions', description: 'Votes, rulings, laws and official decisions.' },
      { id: 'statements', name: 'Statements', description: 'What the people and institutions involved said or announced.' },
      { id: 'incidents', name: 'Incidents', description: 'Protests, clashes, accidents and other events on the ground.' },
    ],
    about: `## Method

Each entry records one event: what happened, who was involved and when, in neutral language and in the editors' own words. Quotations are reproduced only where a published source carries them, and are attributed to whoever said them.

## Sourcing policy

- Every entry cites at least one published source, with a link; where possible two or more independent ones.
- A source is listed with its headline only where the headline was seen as published; otherwise it is named by its publisher and date.
- Media owned or funded by a government are labelled as such.

## Dates

Dates are shown as precisely as the sources allow: a year, a month or a day, in local time where the event happened. Dates marked "around" are approximate.

## Corrections

Mistakes are corrected openly: a corrected entry shows a dated note saying what changed.
`,
    draftTitle: 'Example entry: copy this file for each event',
  },
  es: {
    dek: (title) => `Cronología de ${title}, acontecimiento por acontecimiento, cada uno con sus fuentes.`,
    introduction: 'Sustituya esta introducción por dos o tres frases sobre el tema de la historia y el periodo que abarca.',
    categories: [
      { id: 'decisiones', name: 'Decisiones', description: 'Votaciones, sentencias, leyes y decisiones oficiales.' },
      { id: 'declaraciones', name: 'Declaraciones', description: 'Lo que dijeron o anunciaron las personas e instituciones implicadas.' },
      { id: 'sucesos', name: 'Sucesos', description: 'Protestas, enfrentamientos, accidentes y otros hechos sobre el terreno.' },
    ],
    about: `## Método

Cada entrada recoge un acontecimiento: qué ocurrió, quién intervino y cuándo, en lenguaje neutral y con palabras propias de la redacción. Las citas se reproducen solo cuando una fuente publicada las recoge, y se atribuyen a quien las dijo.

## Política de fuentes

- Cada entrada cita al menos una fuente publicada, con su enlace; cuando es posible, dos o más independientes.
- Una fuente figura con su titular solo cuando se ha visto publicado; si no, se nombra por su medio y su fecha.
- Los medios propiedad de un gobierno o financiados por él se señalan como tales.

## Fechas

Las fechas se dan con la precisión que permiten las fuentes: un año, un mes o un día, en la hora local del lugar de los hechos. Las fechas precedidas de «hacia» son aproximadas.

## Correcciones

Los errores se corrigen de forma visible: una entrada corregida muestra una nota fechada que explica qué cambió.
`,
    draftTitle: 'Entrada de ejemplo: copie este archivo para cada acontecimiento',
  },
};

/** The starter texts for a language, and whether they are in it (false: English was used). */
export function starterFor(lang: string): { starter: Starter; inLanguage: boolean } {
  const language = new Intl.Locale(lang).language;
  const starter = STARTERS[language];
  return starter ? { starter, inLanguage: true } : { starter: STARTERS.en!, inLanguage: false };
}

/** The files of a new story, by path under the content folder. `today` names the draft entry. */
export function starterFiles(options: StoryOptions, today: string): Record<string, string> {
  const { starter } = starterFor(options.languages[0]!);
  const settings: Record<string, unknown> = {
    title: options.title,
    dek: starter.dek(options.title),
    introduction: starter.introduction,
    language: options.languages.length === 1 ? options.languages[0] : options.languages,
    site: options.site,
    ...(options.base && options.base !== '/' ? { base: options.base } : {}),
    publisher: options.publisher,
    ...(options.repository ? { repository: options.repository } : {}),
  };
  const files: Record<string, string> = {
    'story.yaml': `# Story settings; every field is described in CONTRIBUTING.md. Checked by "npm run check".\n${stringify(settings, { lineWidth: 0 })}`,
    'about.md': starter.about,
  };
  for (const [order, category] of starter.categories.entries()) {
    files[`categories/${category.id}.yaml`] = stringify({
      name: category.name,
      description: category.description,
      order: (order + 1) * 10,
    });
  }
  const first = starter.categories[0]!.id;
  files[`events/${today}-example-entry.md`] = `---
title: "${starter.draftTitle}"
summary: ${PLACEHOLDER_SUMMARY}
date: ${today}
category: ${first}
# A draft is checked but never published. Copy this file (or run "npm run new"), then delete it.
draft: true
sources:
  - publisher: Replace with the publisher's name
    url: https://example.org/replace-with-the-article-address
---

${PLACEHOLDER_BODY}
`;
  return files;
}
