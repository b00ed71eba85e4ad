/**
 * The pages Kamerlens runs on: both content scripts' matches and the site half of the host
 * permissions. `*://` (not `https://`) so the end-to-end tests can serve fixture pages over http
 * under the real names.
 */
export const SITE_MATCHES: readonly string[] = [
  '*://zoek.officielebekendmakingen.nl/*',
  '*://www.officielebekendmakingen.nl/*',
  '*://www.tweedekamer.nl/*',
  '*://tweedekamer.nl/*',
];
