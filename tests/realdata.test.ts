/**
 * Conformance against real captured platform data in ../shared/realdata (read in place, never
 * copied). Every ground-truth row of ../shared/realdata/README.md is asserted, one file per platform.
 */
import './realdata/x';
import './realdata/bluesky';
import './realdata/threads';
import './realdata/facebook';
import './realdata/youtube';
import './realdata/coverage';
