// pnpm >= 11 does not pass npm_config_* to install scripts, so node-gyp would try to
// download Node headers (no internet here). Point it at the headers of the running Node.
const fs = require('node:fs');
const path = require('node:path');

const prefix = path.resolve(path.dirname(process.execPath), '..');
const hasHeaders = fs.existsSync(path.join(prefix, 'include', 'node', 'node_api.h'));

module.exports = {
  hooks: {
    updateConfig(config) {
      if (hasHeaders) {
        config.extraEnv = { ...(config.extraEnv ?? {}), npm_config_nodedir: prefix };
      }
      return config;
    },
  },
};
