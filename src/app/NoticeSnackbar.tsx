import Snackbar from '@mui/material/Snackbar';
import type { NoticeProps } from './notice-types';
import { withMuiTheme } from './mui/with-theme';

/** MUI's Snackbar behind `Notice`: a chunk of its own, loaded the first time a notice shows. */
function NoticeSnackbar({ message, onClose, autoHideMs, role }: NoticeProps) {
  return (
    <Snackbar
      open={message !== null}
      autoHideDuration={autoHideMs}
      onClose={onClose}
      message={message ?? ''}
      slotProps={{ content: { role: role ?? 'status' } }}
    />
  );
}

export default withMuiTheme(NoticeSnackbar);
