import { testEnv } from '../../support/env';
import { MiniProgram } from './mini-program';

/**
 * One mini-program per test file, launched before its tests. After each test every page is closed (their timers
 * stop), nothing was written to console.error (React errors, uncaught exceptions), WeChat refused no navigation and
 * no modal waits for an answer.
 */
export function launchMiniProgramPerFile(): () => MiniProgram {
  let program: MiniProgram | undefined;
  beforeAll(async () => {
    program = await MiniProgram.launch({ apiUrl: testEnv.apiUrl() });
  });
  afterEach(async () => {
    if (!program) return;
    await program.closeAll();
    const errors = program.errors.splice(0);
    const refusedNavigations = program.world.refusedNavigations.splice(0);
    const unansweredModals = program.world.modals.splice(0).map((modal) => modal.title ?? modal.content);
    expect({ errors, refusedNavigations, unansweredModals }).toEqual({
      errors: [],
      refusedNavigations: [],
      unansweredModals: [],
    });
  });
  return () => {
    if (!program) throw new Error('the mini-program has not launched');
    return program;
  };
}
