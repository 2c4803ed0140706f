/**
 * A short message at the bottom of the page that goes away by itself: MUI's Snackbar as plain
 * elements and static CSS, in the first view's code (nothing to fetch when a notice shows).
 */
export { Snackbar as Notice } from './controls/Snackbar';
