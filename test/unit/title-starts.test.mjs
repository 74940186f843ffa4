// TitleStarts (one scan of a long token for all its title suffixes) answers what titleStart (a scan
// of the whole range per suffix) answers: a property test over tokens made of titles, breakers,
// organisation prefixes, links and names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { core } from './helpers.mjs';

const cx = core.officialsContext();

const PIECES = ['区委', '书记', '县委', '常委', '副县长', '由', '会议', '在', '经', '经开区', '党工委', '和', '与', '受', '以及', '市委', '王', '明', '汤洁', '主持', '委托', '、', '总书记', '习近平', '省', '长', '人大', '常务'];

test('TitleStarts.at(s) equals titleStart(text, from, s) for every suffix start', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 80 }), fc.nat(10), (parts, fromSeed) => {
      const text = parts.join('');
      const from = Math.min(fromSeed, text.length - 1);
      const starts = new core.TitleStarts(cx, text, from);
      for (let s = from; s < text.length; s++) {
        const want = core.titleStart(cx, text, from, s);
        assert.equal(starts.at(s), want, `text ${text} from ${from} suffix at ${s}`);
      }
    }),
    { seed: 20261201, numRuns: 400 },
  );
});
