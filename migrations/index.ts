/** Every migration in order; listed here so they load the same way under tsx, vitest and compiled JS. */
import { Migration20261124015124 } from './Migration20261124015124.js';
import { Migration20261124020441 } from './Migration20261124020441.js';
import { Migration20261124021531 } from './Migration20261124021531.js';
import { Migration20261124021901 } from './Migration20261124021901.js';
import { Migration20261124120000 } from './Migration20261124120000.js';
import { Migration20261124123000 } from './Migration20261124123000.js';
import { Migration20261124124332 } from './Migration20261124124332.js';
import { Migration20261124130000 } from './Migration20261124130000.js';
import { Migration20261124160000 } from './Migration20261124160000.js';
import { Migration20261124170000 } from './Migration20261124170000.js';
import { Migration20261124180000 } from './Migration20261124180000.js';
import { Migration20261124190000 } from './Migration20261124190000.js';
import { Migration20261125090000 } from './Migration20261125090000.js';
import { Migration20261125120000 } from './Migration20261125120000.js';
import { Migration20261125130000 } from './Migration20261125130000.js';
import { Migration20261125140000 } from './Migration20261125140000.js';
import { Migration20261125150000 } from './Migration20261125150000.js';
import { Migration20261125160000 } from './Migration20261125160000.js';

export const migrationsList = [
  { name: 'Migration20261124015124', class: Migration20261124015124 },
  { name: 'Migration20261124020441', class: Migration20261124020441 },
  { name: 'Migration20261124021531', class: Migration20261124021531 },
  { name: 'Migration20261124021901', class: Migration20261124021901 },
  { name: 'Migration20261124120000', class: Migration20261124120000 },
  { name: 'Migration20261124123000', class: Migration20261124123000 },
  { name: 'Migration20261124124332', class: Migration20261124124332 },
  { name: 'Migration20261124130000', class: Migration20261124130000 },
  { name: 'Migration20261124160000', class: Migration20261124160000 },
  { name: 'Migration20261124170000', class: Migration20261124170000 },
  { name: 'Migration20261124180000', class: Migration20261124180000 },
  { name: 'Migration20261124190000', class: Migration20261124190000 },
  { name: 'Migration20261125090000', class: Migration20261125090000 },
  { name: 'Migration20261125120000', class: Migration20261125120000 },
  { name: 'Migration20261125130000', class: Migration20261125130000 },
  { name: 'Migration20261125140000', class: Migration20261125140000 },
  { name: 'Migration20261125150000', class: Migration20261125150000 },
  { name: 'Migration20261125160000', class: Migration20261125160000 },
];
