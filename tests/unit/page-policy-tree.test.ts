import { describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { ELEMENTS_ONLY } from '../../src/lib/check/html-policy.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** What the page policy reads of a tree: every element (namespace, name, attributes, nesting, template content) and the text of scripts and noscripts. */
function outline(node: Node, depth = 0, out: string[] = []): string[] {
  const pad = ' '.repeat(depth);
  if ('tagName' in node) {
    const element = node as Element;
    const attributes = element.attrs.map((a) => `${a.prefix ?? ''}:${a.name}=${JSON.stringify(a.value)}@${a.namespace ?? ''}`).join(',');
    out.push(`${pad}<${element.namespaceURI}|${element.tagName} ${attributes}>`);
    if (element.tagName === 'script' || element.tagName === 'noscript')
      out.push(`${pad} text=${JSON.stringify(element.childNodes.map((child) => ('value' in child ? child.value : '')).join(''))}`);
    for (const child of element.childNodes) outline(child, depth + 1, out);
    const content = (element as Element & { content?: Node }).content;
    if (content) outline(content, depth + 2, out);
  } else if ('childNodes' in node) {
    out.push(`${pad}${node.nodeName} ${'mode' in node ? node.mode : ''}`);
    for (const child of node.childNodes) outline(child, depth, out);
  }
  return out;
}

const both = (html: string) => [
  outline(parse(html, { scriptingEnabled: true })).join('\n'),
  outline(parse(html, { scriptingEnabled: true, treeAdapter: ELEMENTS_ONLY })).join('\n'),
];

// Foster parenting, the adoption agency, templates, foreign content and its integration points,
// raw text, frameset-ok: every place where the tree's shape is subtle.
const cases = [
  '<table>x<tr>y<td>z</td>a</tr>b</table>',
  '<table><b>x<tr><td>1</td></tr>y</b></table>',
  '<p><b><i>1</p>2</b>3</i>4',
  '<a>1<p>2</a>3</p>',
  '<b>1<div>2<i>3</b>4</div>5',
  '<b><b><b><b>x</b></b></b></b><p>y',
  '<a href=1><table><a href=2>x</table>',
  '<template>a<tr>b<td>c</td></tr>d</template>',
  '<template><script>x</script><noscript><img src=x onerror=y></noscript></template>',
  '<noscript><img src=x onerror=alert(1)></noscript>',
  '<head><noscript><style></style><img onerror=1></noscript></head>',
  '<svg><desc><script>alert(1)</script></desc><foreignObject><iframe></iframe></foreignObject></svg>',
  '<math><mtext><mglyph><style><img src onerror=x></style></mglyph></mtext></math>',
  '<math><annotation-xml encoding="text/html"><style><img onerror=1></style></annotation-xml></math>',
  '<svg><![CDATA[<img onerror=1>]]></svg>',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<select><option>a<svg><script>1</script></svg><keygen><input>',
  '<select><b>x</b><template><img></template></select>',
  '<frameset><frame src=x></frameset>',
  ' \n<frameset><frame></frameset>',
  'x<frameset><frame></frameset>',
  '<body> <frameset><frame></frameset>',
  '<div>a</div><frameset><frame>',
  '<pre>\n<img></pre><textarea>\n</textarea><img onerror=1>',
  '<textarea>a</textarea><listing>\nb</listing>',
  '<plaintext><script>x</script><img onerror=1>',
  '<table><td><plaintext>x',
  '<xmp><img onerror=1></xmp><iframe><img></iframe><noembed><img onerror=1></noembed><noframes><img onerror=1></noframes>',
  '<title><img onerror=1></title><style><img onerror=1></style>',
  '<!doctype html><p><table>x',
  '<p><table>x',
  '<table><tr><td>x</td></tr></table><p><table>\u0000</table>',
  '<table>\u0000 <tr>',
  '<table><colgroup> x<col></colgroup></table>',
  '<table><caption>x<table>y</table></caption></table>',
  '<select><option>1<option>2</select><table><select>x<td>',
  '<ruby>a<rb>b<rt>c<rp>d<rtc>e</ruby>',
  '<body><p>x<form><p>y</form>z<form id=f2><input></form>',
  '<form><table><input type=hidden><input></table></form>',
  '<html><head> x <meta></head> y <body>',
  '</html> x <img onerror=1>',
  '<html><body></body></html>  x<script>1</script>',
  '<!---- --!><img onerror=1>',
  '<svg><title><b>x</b></title><font color=red>y</svg>',
  '<math><mi><b>1</b></mi><font face=x>2</font></math>',
  '<div><svg><p>x</p></svg></div>',
  '<a><table><tr>x<a>y</a></table>',
  '<nobr>1<nobr>2<table><nobr>3',
  '<isindex action=x>',
  '<image src=x>',
  '<body onload=x><body onerror=y>',
  '<html a=1><html b=2 onclick=3>',
  '<script>a</script>b<script type=x>c',
  '<noscript>a<noscript>b</noscript>c</noscript>',
  '<table><script>x</script><noscript>y<img></noscript></table>',
  '<table>x<script>y</script>z</table>',
  '<svg><script>a</script></svg><math><script>b</script></math>',
  '<button><p>x<button>y',
  '<li>1<li>2<dd>3<dt>4',
  '<h1><h2>x</h1>',
  '<template><frameset></frameset></template>',
  '<template><template><col>x</template></template>',
  '<frameset> x <frame> y </frameset> z <noframes>a</noframes>',
  '<frameset></frameset> <noframes><img onerror=1></noframes>',
  '<body>\u0000<frameset>',
  '<body>\ufeff<frameset>',
  '<div>\u00a0</div><frameset>',
  '<p>&nbsp;<frameset>',
  '<table> \t\n<frameset>',
  '<svg><foreignObject>x</foreignObject></svg><frameset>',
  '<pre>x</pre><frameset>',
  '<pre>\n</pre><frameset>',
  '<textarea>\n</textarea><frameset>',
];

const vocab = [
  '<table>',
  '</table>',
  '<tr>',
  '</tr>',
  '<td>',
  '</td>',
  '<th>',
  '<caption>',
  '<colgroup>',
  '<col>',
  '<tbody>',
  '<b>',
  '</b>',
  '<i>',
  '</i>',
  '<a href=x>',
  '</a>',
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<template>',
  '</template>',
  '<svg>',
  '</svg>',
  '<math>',
  '</math>',
  '<mi>',
  '<mtext>',
  '<foreignObject>',
  '<desc>',
  '<annotation-xml encoding=text/html>',
  '<select>',
  '</select>',
  '<option>',
  '<optgroup>',
  '<frameset>',
  '</frameset>',
  '<frame>',
  '<noframes>',
  '<noscript>',
  '</noscript>',
  '<script>',
  '</script>',
  '<style>',
  '</style>',
  '<textarea>',
  '</textarea>',
  '<pre>',
  '<listing>',
  '<plaintext>',
  '<xmp>',
  '<iframe>',
  '</iframe>',
  '<img onerror=x>',
  '<font color=1>',
  '<nobr>',
  '<form>',
  '</form>',
  '<input type=hidden>',
  '<input>',
  '<button>',
  '<li>',
  '<dd>',
  '<h1>',
  '<body>',
  '</body>',
  '<html x=1>',
  '</html>',
  '<head>',
  '</head>',
  '<title>',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  'x',
  ' ',
  '\n',
  '\u0000',
  '&amp;',
  '&nbsp;',
  'y z',
  '\t',
  '</p>',
  '</br>',
  '<br>',
  '<hr>',
  '<ruby>',
  '<rt>',
  '<keygen>',
  '<image>',
  '<applet>',
  '<object>',
  '<marquee>',
  '<embed>',
  '<svg:a>',
  '<math:x>',
];

describe("the output guard's tree, which leaves out the text the policy never reads", () => {
  it("has exactly the elements and attributes of parse5's full tree, on every subtle case of the HTML5 algorithm", () => {
    for (const html of cases) {
      const [full, lean] = both(html);
      expect(lean, html).toBe(full);
    }
  });

  it('has them on 3,000 random tag soups too', () => {
    let seed = 12345;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let index = 0; index < 3000; index += 1) {
      let html = random(3) === 0 ? '<!doctype html>' : '';
      for (let length = 1 + random(30); length > 0; length -= 1) html += vocab[random(vocab.length)];
      const [full, lean] = both(html);
      expect(lean, html).toBe(full);
    }
  });
});
