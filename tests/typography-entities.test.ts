// A dispatch is plain text: "&lt;b&gt;" or "&#60;i&#62;" in it is shown as
// written, never decoded (typograf decoded numeric entities and kept named
// ones) and never split by the French spacing before ";".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typeset } from '../src/site/typography.ts';
import { articleBodyHtml } from '../src/site/body-html.ts';
import { parseDispatch } from '../src/dispatch/parse.ts';

test('what looks like an HTML entity is typeset as written, whole', () => {
  for (const written of [
    '&#60;i&#62;',
    '&lt;b&gt;',
    '&amp;',
    '&nbsp;',
    '&#x0B;',
    '&#1;',
    '&#xFFFE;',
    '&quot;b&quot;',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    '&CounterClockwiseContourIntegral;',
  ]) {
    for (const lang of ['fr', 'en']) {
      const out = typeset(`Le texte ${written} reste ; dit-il`, lang);
      assert.ok(out.includes(written), `${lang}: ${JSON.stringify(out)}`);
    }
  }
  assert.equal(typeset('Le &lt;b&gt; et &#60;i&#62; au menu; R&amp;D'), 'Le &lt;b&gt; et &#60;i&#62; au menu\u202f; R&amp;D');
  // The French spacing still applies around them, and to what is no entity.
  assert.equal(typeset('R&D; ok'), 'R&D\u202f; ok');
  assert.equal(typeset('AT&T : "oui" &amp; « non »'), 'AT&T\u00a0: «\u202foui\u202f» &amp; «\u202fnon\u202f»');
});

test("private-use characters in a dispatch, including typograf's own markers, come out as written", () => {
  const text = 'Un \uF000tf0\uF000 et \uE000\uE010\uE001 ici : fin';
  assert.equal(typeset(text), 'Un \uF000tf0\uF000 et \uE000\uE010\uE001 ici\u00a0: fin');
  assert.equal(typeset('&amp; \uE000\uE010\uE001 &lt;'), '&amp; \uE000\uE010\uE001 &lt;');
});

test('an article page shows the entity as written (escaped once in the HTML)', () => {
  const a = parseDispatch(
    'date 2022-03-06\nPARIS (AFP) - Le texte &lt;b&gt;gras&lt;/b&gt; et &#60;i&#62; restent écrits ainsi; a dit la mairie. Puis une phrase. Et une autre. Enfin « &amp; », a-t-il dit.\n',
    'x.txt',
  );
  const html = articleBodyHtml(a, 'fr');
  assert.match(html, /Le texte &#x26;lt;b&#x26;gt;gras&#x26;lt;\/b&#x26;gt; et &#x26;#60;i&#x26;#62; restent écrits ainsi\u202f;/);
  assert.doesNotMatch(html, /<i>|<b>|&lt;i&gt;/);
});
