import { MemoryStorage } from 'botbuilder';
import { describeStorageContract } from './storageContract.js';

describeStorageContract('MemoryStorage', async () => ({
  storage: new MemoryStorage(),
  dispose: async () => {},
}));
