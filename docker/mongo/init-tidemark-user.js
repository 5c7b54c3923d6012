// Runs once, on the first start of an empty MongoDB volume (docker-entrypoint-initdb.d), as the root user:
// the application's own account, with readWrite on its database and nothing else.
const user = process.env.TIDEMARK_MONGO_USER || 'tidemark';
const password = process.env.TIDEMARK_MONGO_PASSWORD;
if (!password) {
  throw new Error('TIDEMARK_MONGO_PASSWORD is not set');
}
db.getSiblingDB('tidemark').createUser({
  user: user,
  pwd: password,
  roles: [{ role: 'readWrite', db: 'tidemark' }]
});
