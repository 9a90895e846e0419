/**
 * TimelineJS3's own reading of a media address (`lookupMediaType` in its `src/js/media/MediaType.js`,
 * same patterns, same order): which player TimelineJS would use. The importer names it in its notes,
 * and docs/import-timelinejs.md maps each one to Cronista.
 */

/** A TimelineJS3 media type, as `lookupMediaType` names it. */
export type TimelineJsMediaType =
  | 'youtube'
  | 'vimeo'
  | 'dailymotion'
  | 'vine'
  | 'tiktok'
  | 'bluesky'
  | 'soundcloud'
  | 'twitter'
  | 'twitterembed'
  | 'googlemaps'
  | 'flickr'
  | 'instagram'
  | 'profile'
  | 'documentcloud'
  | 'wikipedia-image'
  | 'wikipedia'
  | 'image'
  | 'imgur'
  | 'googledocs'
  | 'pdf'
  | 'spotify'
  | 'iframe'
  | 'blockquote'
  | 'video'
  | 'wistia'
  | 'audio'
  | 'imageblank';

// N.B. Copied from MediaType.js as written, loose dots included: matching what TimelineJS matches matters more than tidiness.
const TYPES: readonly [TimelineJsMediaType, string, RegExp][] = [
  ['youtube', 'YouTube', /^(https?:)?\/*(www.|m.)?youtube|youtu\.be/],
  ['vimeo', 'Vimeo', /^(https?:)?\/*(player.)?vimeo\.com/],
  ['dailymotion', 'DailyMotion', /^(https?:)?\/*(www.)?(dailymotion\.com|dai.ly)/],
  ['vine', 'Vine', /^(https?:)?\/*(www.)?vine\.co/],
  ['tiktok', 'TikTok', /^(https?:)?\/*(www.)?tiktok\.com\/@[^/]+\/video\/\d+/],
  ['bluesky', 'Bluesky', /^(https?:)?\/*(www.)?bsky\.app\/profile\/[^/]+\/post\/[^/?]+/],
  ['soundcloud', 'SoundCloud', /^(https?:)?\/*(player.)?soundcloud\.com/],
  ['twitter', 'Twitter', /^(https?:)?\/*(www.)?(twitter|x)\.com/],
  ['twitterembed', 'TwitterEmbed', /<blockquote class=['"]twitter-tweet['"]/],
  [
    'googlemaps',
    'Google Map',
    /google.+?\/maps\/@([-\d.]+),([-\d.]+),((?:[-\d.]+[zmayht],?)*)|google.+?\/maps\/search\/([\w\W]+)\/@([-\d.]+),([-\d.]+),((?:[-\d.]+[zmayht],?)*)|google.+?\/maps\/place\/([\w\W]+)\/@([-\d.]+),([-\d.]+),((?:[-\d.]+[zmayht],?)*)|google.+?\/maps\/dir\/([\w\W]+)\/([\w\W]+)\/@([-\d.]+),([-\d.]+),((?:[-\d.]+[zmayht],?)*)/,
  ],
  ['flickr', 'Flickr', /^(https?:)?\/*(www.)?flickr.com\/photos/],
  ['flickr', 'Flickr', /^(https?:\/\/)?flic.kr\/.*/],
  ['instagram', 'Instagram', /^(https?:)?\/*(www.)?(instagr.am|^(https?:)?\/*(www.)?instagram.com)\/p\//],
  ['profile', 'Profile', /^(https?:)?\/*(www.)?instagr.am\/[a-zA-Z0-9]{2,}|^(https?:)?\/*(www.)?instagram.com\/[a-zA-Z0-9]{2,}/],
  ['documentcloud', 'Document Cloud', /documentcloud.org\//],
  ['wikipedia-image', 'WikipediaImage', /^https:\/\/.+\.wiki[mp]edia\.org.+#\/media\/.+\.(jpg|jpeg|png|gif|svg|webp)/],
  ['wikipedia-image', 'WikipediaImage', /^https:\/\/commons.wikimedia.org\/wiki\/File:.+\.(jpg|jpeg|png|gif|svg|webp)/],
  ['wikipedia', 'Wikipedia', /^(https?:)?\/.+.wikipedia\.org/],
  ['image', 'Image', /(jpg|jpeg|png|gif|svg|webp)(\?.*)?$/i],
  ['imgur', 'Imgur', /^.*imgur.com\/.+$|<blockquote class=['"]imgur-embed-pub['"]/i],
  [
    'googledocs',
    'Google Doc',
    /^(https?:)?\/*[^.]*.google.com\/[^/]*\/d\/[^/]*\/[^/]*\?usp=shar.*|^(https?:)?\/*drive.google.com\/open\?id=[^&]*&authuser=0|^(https?:)?\/\/*drive.google.com\/open\?id=[^&]*|^(https?:)?\/*[^.]*.googledrive.com\/host\/[^/]*\//,
  ],
  ['pdf', 'PDF', /^.*\.pdf(\?.*)?(#.*)?/],
  ['spotify', 'spotify', /spotify/],
  ['iframe', 'iFrame', /iframe/],
  ['blockquote', 'Quote', /blockquote/],
  ['video', 'Video', /(mp4|webm)(\?.*)?$/i],
  ['wistia', 'Wistia', /https?:\/\/(.+)?(wistia\.com|wi\.st)\/.*/i],
  ['audio', 'Audio', /(mp3|wav|m4a)(\?.*)?$/i],
];

/** The player TimelineJS3 would pick for a slide's `media.url`; anything else it shows as an image ("imageblank"). */
export function timelineJsMediaType(url: string): { type: TimelineJsMediaType; name: string } {
  for (const [type, name, pattern] of TYPES) if (pattern.test(url)) return { type, name };
  return { type: 'imageblank', name: 'Image' };
}
