export { registerPeopleRoutes } from './routes.js';
export { insertPerson, type PersonInput } from './store.js';
export { searchPeople, parseSearchText, type SearchCriteria, type SearchHit } from './search.js';
export { nameUnits, searchKeysOf, normalizeName } from './name-keys.js';
