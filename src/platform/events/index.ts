export { EventBus, publish, type BusEvent } from './bus.js';
