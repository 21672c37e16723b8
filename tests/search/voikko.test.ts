// The FFI binding against the installed libvoikko + voikko-fi (skipped where they are missing,
// except under CI=true, which installs them).
import { describe, expect, it } from 'vitest';
import { openVoikko } from '../../scripts/search/voikko.ts';

const opened = openVoikko();
if (opened.voikko === null && process.env.CI === 'true') throw new Error(`Voikko missing under CI=true: ${opened.reason}`);

describe.skipIf(opened.voikko === null)('openVoikko', () => {
  it('analyses an inflected compound', () => {
    const analyses = opened.voikko!.analyze('kasvupalvelupilotit');
    expect(analyses[0]).toMatchObject({ baseForm: 'kasvupalvelupilotti', structure: '=ppppp=ppppppp=ppppppp' });
  });
  it('knows place names and unknown words', () => {
    expect(opened.voikko!.analyze('Pirkanmaalla').map((a) => a.wordClass)).toContain('paikannimi');
    expect(opened.voikko!.analyze('xqzzvy')).toEqual([]);
  });
  it('can be opened again in the same process', () => {
    const again = openVoikko();
    expect(again.voikko).not.toBeNull();
    again.voikko?.close();
  });
});
