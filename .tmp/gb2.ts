import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
const h = readFileSync('/tmp/c10k/dist/timeline/2/index.html','utf8');
const svgStart = h.indexOf('<svg'), svgEnd = h.indexOf('</svg>')+6;
const nosvg = h.slice(0,svgStart)+h.slice(svgEnd);
const svgOnly = h.slice(0, h.indexOf('<main'))+'<main>'+h.slice(svgStart,svgEnd)+'</main></body></html>';
const ev = readFileSync('/tmp/c10k/dist/events/2000-01-01-clone-0/index.html','utf8');
for (const [label, text] of [['full',h],['no svg',nosvg],['svg only',svgOnly],['event',ev]] as const) {
  for (let i=0;i<3;i++) parse(text,{scriptingEnabled:true});
  const n=10, t=performance.now(); for(let i=0;i<n;i++) parse(text,{scriptingEnabled:true});
  const ms=(performance.now()-t)/n; console.log(label, text.length, ms.toFixed(1),'ms', (text.length/1e3/ms).toFixed(1),'MB/s');
}
