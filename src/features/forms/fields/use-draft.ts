import { useState } from 'react';

/**
 * What a field holds that is not (yet) in the manifest: input that could not be written, with
 * the reason. While there is a draft the field shows it; otherwise it shows the manifest.
 */
export function useDraft() {
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  return {
    draft,
    problem,
    /** The input was written to the manifest: show the manifest again. */
    accept: () => {
      setDraft(null);
      setProblem(null);
    },
    /** The input could not be written: keep it in the field with the reason. */
    hold: (raw: string, reason: string) => {
      setDraft(raw);
      setProblem(reason);
    },
  };
}
