/** A short message at the bottom of the page that goes away by itself. */
export interface NoticeProps {
  /** The message; nothing is shown while it is null. */
  message: string | null;
  onClose: () => void;
  autoHideMs: number;
  /** `status` is announced politely; `alert` at once. */
  role?: 'status' | 'alert';
}
