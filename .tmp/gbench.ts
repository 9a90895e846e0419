import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
import { Tokenizer } from 'parse5';
import { pagePolicy, pageViolations } from '/work/main/src/lib/check/page-policy.ts';
import { policyViolations } from '/work/main/src/lib/check/html-policy.ts';
const files = ['/tmp/c10k/dist/events/2000-01-01-clone-0/index.html','/tmp/c10k/dist/timeline/2/index.html'];
const policy = pagePolicy('/');
for (const f of files) {
  const html = readFileSync(f,'utf8');
  const mb = html.length/1e6;
  const time = (label: string, fn: () => void, n: number) => { fn(); const t=performance.now(); for(let i=0;i<n;i++) fn(); const ms=(performance.now()-t)/n; console.log(f.split('/').slice(-3,-1).join('/'), label, ms.toFixed(2),'ms', (mb/(ms/1000)).toFixed(1),'MB/s'); };
  const n = mb > 0.1 ? 5 : 200;
  time('full guard', () => pageViolations(html, policy), n);
  time('parse only', () => parse(html, { scriptingEnabled: true }), n);
  const tree = parse(html, { scriptingEnabled: true });
  time('walk only', () => policyViolations(tree, policy), n);
}
