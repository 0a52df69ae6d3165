// Tests wait on conditions with the launcher's waitFor (one implementation).
export { waitFor } from '../../../src/launcher/wait-for.js';
