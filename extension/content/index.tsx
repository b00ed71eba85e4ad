export default defineContentScript({
  matches: [
    '*://zoek.officielebekendmakingen.nl/*',
    '*://www.officielebekendmakingen.nl/*',
    '*://www.tweedekamer.nl/*',
    '*://tweedekamer.nl/*',
  ],
  main() {
    // Wired up by the reader work: startReader(ctx).
  },
});
