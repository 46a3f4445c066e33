// Starts GraphiQL against this gateway. A token goes in the headers pane; it is not kept between visits.
(function () {
  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
  var headers = JSON.stringify({ authorization: 'Bearer <a token: npm run token -- --authority E09000012>' }, null, 2);
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultHeaders: headers, shouldPersistHeaders: false, isHeadersEditorEnabled: true }),
  );
})();
