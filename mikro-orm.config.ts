/** Configuration for the MikroORM CLI (`npm run mikro-orm -- migration:create`); needs DATABASE_URL. */
import { ormOptions } from './src/db/orm.js';

if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL to the database the CLI should compare against');
export default ormOptions(process.env.DATABASE_URL);
