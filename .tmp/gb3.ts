import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
const h = readFileSync('/tmp/c10k/dist/timeline/2/index.html','utf8');
const svgStart = h.indexOf('<svg'), svgEnd = h.indexOf('</svg>')+6;
const texts: Record<string,string> = {
 full: h, nosvg: h.slice(0,svgStart)+h.slice(svgEnd),
 svgOnly: h.slice(0, h.indexOf('<main'))+'<main>'+h.slice(svgStart,svgEnd)+'</main></body></html>',
 event: readFileSync('/tmp/c10k/dist/events/2000-01-01-clone-0/index.html','utf8'),
};
const text = texts[process.argv[2]!]!;
const n = Math.max(5, Math.round(5e6/text.length));
for (let i=0;i<n;i++) parse(text,{scriptingEnabled:true});
const t=performance.now(); for(let i=0;i<n;i++) parse(text,{scriptingEnabled:true});
const ms=(performance.now()-t)/n; console.log(process.argv[2], text.length, ms.toFixed(2),'ms', (text.length/1e3/ms).toFixed(1),'MB/s');
