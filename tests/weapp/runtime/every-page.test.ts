import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newOpenid } from '../../support/http';
import { launchMiniProgramPerFile } from '../support/launch';
import { WEAPP_DIST } from '../support/mini-program';
import { allPages, type AppJson } from '../support/wx-stand-ins';

const app = launchMiniProgramPerFile();
const appJson: AppJson = JSON.parse(readFileSync(join(WEAPP_DIST, 'app.json'), 'utf8'));
const pages = allPages(appJson);

/** Who opens each page: the role whose screens live there (other roles are sent home by the page's guard). */
const groups = [
  { who: 'a member', openid: newOpenid('weapp-pages'), pages: pages.filter((page) => page.startsWith('pages/')) },
  { who: 'staff', openid: 'staff-s001', pages: pages.filter((page) => page.startsWith('store/')) },
  { who: 'a marketer', openid: 'marketer', pages: pages.filter((page) => page.startsWith('marketer/')) },
];

test('app.json lists the main package and both subpackages, and every page is opened below', () => {
  expect(appJson.subPackages?.map((sub) => sub.root)).toEqual(['store', 'marketer']);
  expect(groups.flatMap((group) => group.pages).sort()).toEqual([...pages].sort());
});

describe.each(groups)('every page opens for $who without an exception', ({ openid, pages: group }) => {
  beforeAll(async () => {
    await app().signIn(openid);
    await app().settled();
  });

  test.each(group)('%s', async (route) => {
    const page = await app().open(route);
    await app().settled();
    expect(page.find('*')).not.toBeNull();
    expect(page.outline()).not.toBe('');
    // No request was refused for want of a session (a 401 sends the app back to login).
    const unauthorised = app().world.requests.filter((request) => request.status === 401);
    expect(unauthorised).toEqual([]);
    if (route !== 'pages/login/index')
      expect(app().pendingNavigations.filter((navigation) => navigation.route === 'pages/login/index')).toEqual([]);
  });
});
