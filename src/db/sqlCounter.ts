/** Process-wide count of SQL statements sent through MikroORM; read it before and after a request. */
export const sqlCounter = { count: 0 };
