import { openTempSqliteStore } from '../server/helpers/test-server';
import { describeApiOverStore } from './fixture-queries.suite';

describeApiOverStore('SQLite', openTempSqliteStore);
