import { DataSource } from 'typeorm';
import { HealthController } from './health.controller';

function controllerWith(dataSource: Partial<DataSource>): HealthController {
  return new HealthController(dataSource as DataSource);
}

describe('HealthController.check', () => {
  it('is ok when the database answers and no migration is pending', async () => {
    const controller = controllerWith({
      query: jest.fn().mockResolvedValue([]),
      showMigrations: jest.fn().mockResolvedValue(false),
    });
    await expect(controller.check()).resolves.toEqual({ status: 'ok', database: 'up', migrations: 'current' });
  });

  it('is unavailable when migrations are pending', async () => {
    const controller = controllerWith({
      query: jest.fn().mockResolvedValue([]),
      showMigrations: jest.fn().mockResolvedValue(true),
    });
    await expect(controller.check()).resolves.toEqual({ status: 'unavailable', database: 'up', migrations: 'pending' });
  });

  it('is unavailable when the database does not answer', async () => {
    const controller = controllerWith({ query: jest.fn().mockRejectedValue(new Error('ECONNREFUSED')) });
    await expect(controller.check()).resolves.toEqual({ status: 'unavailable', database: 'down', migrations: 'unknown' });
  });
});

describe('HealthController.check with a database that never answers', () => {
  afterEach(() => jest.useRealTimers());

  it('answers unavailable within seconds instead of waiting for the pool', async () => {
    jest.useFakeTimers();
    const controller = controllerWith({ query: jest.fn(() => new Promise<never>(() => undefined)) });
    const answer = controller.check();
    await jest.advanceTimersByTimeAsync(3000);
    await expect(answer).resolves.toEqual({ status: 'unavailable', database: 'down', migrations: 'unknown' });
  });
});
