import { MemoryBookingStore } from '../../src/booking/memoryBookingStore.js';
import { describeBookingStoreContract } from './bookingStoreContract.js';

describeBookingStoreContract('MemoryBookingStore', async (options) => new MemoryBookingStore(options));
