/** Every entry of the host's Vietnamese FAQ has its English version, so English mode never falls back to Vietnamese. */
import { describe, expect, it } from 'vitest';
import { FAQ_CORPUS } from '../../main/services/support/faq-corpus';
import { FAQ_EN } from '../../renderer/i18n/faq-en';

describe('English FAQ', () => {
  it('translates exactly the ids of the Vietnamese corpus', () => {
    expect(Object.keys(FAQ_EN).sort()).toEqual(FAQ_CORPUS.map((e) => e.id).sort());
  });

  it('has no Vietnamese sentences in the English text', () => {
    // Vietnamese names of places and forms are fine in an answer; a whole Vietnamese sentence is not.
    const vietnameseWords = /(^|\s)(của|và|không|được|những|bạn)(\s|$)/u;
    for (const [id, e] of Object.entries(FAQ_EN)) expect(`${id}: ${e.question} ${e.answer}`).not.toMatch(vietnameseWords);
  });
});
