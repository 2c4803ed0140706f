import { describe, expect, it } from 'vitest';
import { decodeShareHash, encodeShareHash } from './codec';
import { planLinkOpening as planOpeningOf, planStart as planStartOf } from './start';
import { serializeSavedWork } from './storage';

const EXAMPLE = 'kind: Example\n';
const LINKED = 'kind: Linked\n';
const MINE = 'kind: Mine\n';
const link = encodeShareHash(LINKED);

// The plans take a decoded hash; these read the hash as the app does.
const planStart = (hash: string, saved: string | null, example: string) =>
  planStartOf(decodeShareHash(hash), saved, example);
const planLinkOpening = (hash: string, current: string, example: string) =>
  planOpeningOf(decodeShareHash(hash), current, example);

describe('planStart', () => {
  it('opens the example when there is neither a link nor saved work', () => {
    expect(planStart('', null, EXAMPLE)).toEqual({
      text: EXAMPLE,
      source: 'example',
      linkProblem: null,
      recoverable: null,
    });
  });

  it('restores the saved work at the bare address', () => {
    expect(planStart('', serializeSavedWork(MINE, null), EXAMPLE)).toMatchObject({
      text: MINE,
      source: 'saved',
      linkProblem: null,
    });
  });

  it('opens a link, keeping different saved work recoverable', () => {
    expect(planStart(link, serializeSavedWork(MINE, null), EXAMPLE)).toEqual({
      text: LINKED,
      source: 'link',
      linkProblem: null,
      recoverable: { kind: 'previous-work', text: MINE },
    });
  });

  it('offers nothing to restore when the saved text is the link’s, the example or empty', () => {
    for (const saved of [LINKED, EXAMPLE, '  \n']) {
      expect(planStart(link, serializeSavedWork(saved, null), EXAMPLE).recoverable).toBeNull();
    }
  });

  it('keeps a recoverable text that was saved before, unless it is what is shown', () => {
    const older = { kind: 'previous-work' as const, text: 'kind: Older\n' };
    expect(planStart('', serializeSavedWork(MINE, older), EXAMPLE).recoverable).toEqual(older);
    expect(planStart(link, serializeSavedWork(LINKED, older), EXAMPLE).recoverable).toEqual(older);
    const same = { kind: 'linked' as const, text: MINE };
    expect(planStart('', serializeSavedWork(MINE, same), EXAMPLE).recoverable).toBeNull();
  });

  it('shows the saved work, or the example, with the problem of a bad link', () => {
    expect(planStart('#v=9&m=AA', serializeSavedWork(MINE, null), EXAMPLE)).toEqual({
      text: MINE,
      source: 'saved',
      linkProblem: 'unknown-version',
      recoverable: null,
    });
    expect(planStart('#v=1&m=%%%', null, EXAMPLE)).toMatchObject({
      text: EXAMPLE,
      linkProblem: 'malformed',
    });
  });

  it('ignores corrupt or foreign saved data', () => {
    for (const raw of ['{', '[]', '{"version":7,"text":"x"}', 'null']) {
      expect(planStart('', raw, EXAMPLE)).toMatchObject({ text: EXAMPLE, source: 'example' });
      expect(planStart(link, raw, EXAMPLE)).toMatchObject({ text: LINKED, recoverable: null });
    }
  });

  it('treats a hash that is not a link as no link', () => {
    expect(planStart('#top', serializeSavedWork(MINE, null), EXAMPLE)).toMatchObject({
      text: MINE,
      linkProblem: null,
    });
  });
});

describe('planLinkOpening', () => {
  it('opens a pasted link and keeps the work it replaces', () => {
    expect(planLinkOpening(link, MINE, EXAMPLE)).toEqual({
      kind: 'open',
      text: LINKED,
      recoverable: { kind: 'previous-work', text: MINE },
    });
    expect(planLinkOpening(link, EXAMPLE, EXAMPLE)).toEqual({
      kind: 'open',
      text: LINKED,
      recoverable: null,
    });
  });

  it('does nothing for the link of what is shown, or for a hash that is not a link', () => {
    expect(planLinkOpening(link, LINKED, EXAMPLE)).toEqual({ kind: 'same' });
    expect(planLinkOpening('#', MINE, EXAMPLE)).toEqual({ kind: 'not-a-link' });
  });

  it('reports a bad link', () => {
    expect(planLinkOpening('#v=1&m=AAAA', MINE, EXAMPLE)).toEqual({
      kind: 'problem',
      problem: 'malformed',
    });
  });
});
