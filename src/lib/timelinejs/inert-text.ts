/**
 * Text written into TimelineJS JSON so that TimelineJS3 shows it as text and never as markup. What
 * TimelineJS does with each field (read in its source, `TimelineConfig.js` and the classes that draw):
 *
 * - `text.headline`, `text.text`, `media.caption`, `media.credit`: cleaned by DOMPurify, then set
 *   as `innerHTML`. Escaped HTML is shown as text. But `text`, `caption` and `credit` first go
 *   through `linkify` (its `autolink` option, on by default), which turns "www.…" into
 *   `<a href='http://www.…'>` with everything up to the next space inside single quotes: an
 *   apostrophe there ends the attribute and starts new ones (`onfocus=…`).
 * - `group` and `display_date`: "plain text", so TimelineJS takes the text out of them with
 *   `DOMParser` (which decodes entities), then sets that text as `innerHTML` (the row label, the
 *   date over the headline, the date of the next-slide button). An escaped `&lt;img …&gt;` becomes a
 *   live `<img onerror=…>`.
 * - `media.alt` and `media.title`: set as DOM properties (`img.alt`, `img.title`), shown as written.
 */
import { escapeHtml } from '../html-text.ts';

/** Text for an HTML field TimelineJS shows as it is (`headline`): escaped. */
export const timelineJsHtml = (text: string) => escapeHtml(text);

/**
 * Text for an HTML field TimelineJS runs through `linkify` (`text`, `caption`, `credit`): escaped,
 * and each "www." closed in its own `<span>`, so that `linkify`, which never starts a link right
 * after a tag, cannot carry an apostrophe into a quoted attribute. The text reads the same.
 */
export const timelineJsProse = (text: string) => escapeHtml(text).replace(/(^|[^/])(www\.)/gi, '$1<span>$2</span>');

/**
 * Text for a plain-text field TimelineJS decodes and then writes as HTML (`group`, `display_date`):
 * escaped twice, so that what TimelineJS writes after its decoding is escaped HTML, holds no tag,
 * and shows the text exactly as it was ("Courts &amp;amp; prosecutors" shows "Courts & prosecutors").
 */
export const timelineJsLabel = (text: string) => escapeHtml(escapeHtml(text));
