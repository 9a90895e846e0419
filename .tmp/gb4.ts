import { readFileSync } from 'node:fs';
import { parse, defaultTreeAdapter } from 'parse5';
const h = readFileSync(process.argv[3] ?? '/tmp/c10k/dist/timeline/2/index.html','utf8');
const KEEP_TEXT = new Set(['script','noscript','style','template','title','textarea','xmp','iframe','noembed','noframes','plaintext']);
const lean = { ...defaultTreeAdapter,
  insertText(parent: any, text: string) { if (KEEP_TEXT.has(parent.tagName)) defaultTreeAdapter.insertText(parent, text); },
  insertTextBefore(parent: any, text: string, ref: any) { if (KEEP_TEXT.has(parent.tagName)) defaultTreeAdapter.insertTextBefore(parent, text, ref); },
  createCommentNode(data: string) { return defaultTreeAdapter.createCommentNode(''); },
};
const run = (opts: any) => parse(h, opts);
for (const [label, opts] of ([['default',{scriptingEnabled:true}],['lean',{scriptingEnabled:true, treeAdapter: lean}]] as const).filter(([l]) => l === process.argv[2])) {
  const n=20; for (let i=0;i<n;i++) run(opts);
  const t=performance.now(); for(let i=0;i<n;i++) run(opts);
  const ms=(performance.now()-t)/n; console.log(label, ms.toFixed(2),'ms', (h.length/1e3/ms).toFixed(1),'MB/s');
}
