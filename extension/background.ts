export default defineBackground(() => {
  // Wired up by the messaging work (title lookups, settings, toolbar action).
});
