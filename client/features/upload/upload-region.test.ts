import { describe, expect, it } from 'vitest';
import { uploadRegionProblems } from './upload-region.ts';

const IMAGE = { width: 640, height: 480 };

describe('a region typed for an upload', () => {
  it.each<[string, typeof IMAGE | null, RegExp | null]>([
    ['', IMAGE, null],
    ['  ', null, null],
    ['0,0,640,480', IMAGE, null],
    ['10,20,300,400', null, null],
    ['1,2,3', IMAGE, /x,y,width,height/],
    ['-1,0,10,10', IMAGE, /x,y,width,height/],
    ['0,0,0,10', IMAGE, /at least 1/],
    ['600,0,100,10', IMAGE, /past the image width of 640 px/],
  ])('when it is %j (image %j), then %s', (text, image, problem) => {
    const problems = uploadRegionProblems(text, image);
    if (problem) expect(problems.join(' ')).toMatch(problem);
    else expect(problems).toEqual([]);
  });
});
