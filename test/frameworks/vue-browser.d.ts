// Vue's browser build, with the template compiler, has the API of the package's main entry.
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
