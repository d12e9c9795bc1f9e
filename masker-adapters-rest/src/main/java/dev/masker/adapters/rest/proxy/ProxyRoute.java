package dev.masker.adapters.rest.proxy;

import dev.masker.adapters.rest.RestSettings;
import dev.masker.adapters.rest.error.RetryAfter;
import dev.masker.adapters.rest.request.ClosedConnection;
import dev.masker.adapters.rest.request.RequestId;
import dev.masker.application.port.in.ProxyChatUseCase;
import dev.masker.application.port.in.ProxyChatUseCase.Command;
import dev.masker.application.port.in.ProxyChatUseCase.Outcome;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * {@code POST /proxy/{agent_id}/v1/chat/completions} (SPEC §6), as a plain Vert.x route: the body
 * is read on the event loop, the turn runs on a thread of the proxy's own pool (masking may wait on
 * the vault, the upstream call waits on the LLM), and a streamed answer is written frame by frame
 * as it comes. Not cookie-authenticated: the agent id, and the proxy key when the agent requires
 * one, are the credentials. The caller's headers are never passed on.
 */
@ApplicationScoped
public class ProxyRoute {
  static final String PATH = "/proxy/:agentId/v1/chat/completions";
  static final String SESSION_HEADER = "Masker-Session-Id";
  private static final Logger LOG = Logger.getLogger(ProxyRoute.class);

  private final ProxyChatUseCase proxy;
  private final ProxyRequests requests;
  private final long maxRequestBytes;
  private final ThreadPoolExecutor turns;

  public ProxyRoute(ProxyChatUseCase proxy, ProxyRequests requests, RestSettings settings) {
    this.proxy = proxy;
    this.requests = requests;
    this.maxRequestBytes = settings.maxRequestBytes();
    int maxConcurrentTurns = settings.proxy().maxConcurrentTurns();
    var threads = new AtomicInteger();
    this.turns =
        new ThreadPoolExecutor(
            Math.min(16, maxConcurrentTurns),
            maxConcurrentTurns,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            task -> {
              var thread = new Thread(task, "masker-proxy-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  void register(@Observes Router router) {
    router
        .post(PATH)
        .handler(BodyHandler.create(false).setBodyLimit(maxRequestBytes))
        .handler(this::dispatch)
        .failureHandler(this::failed);
  }

  /**
   * The body could not be read. A caller that closed the connection mid-body is no error of ours
   * (the access log says {@code closed-by-caller}; Quarkus' own handler would log an ERROR). A body
   * sent without {@code Content-Length} (chunked) that grows past the limit fails the body handler
   * with 413, answered here in the proxy's error shape (the front door answers bodies announced too
   * large before they are read).
   */
  private void failed(RoutingContext context) {
    if (context.response().closed() || ClosedConnection.isIn(context.failure())) {
      LOG.debug("caller closed the connection before its request was read");
      return;
    }
    if (context.statusCode() != 413 || context.response().ended()) {
      context.next();
      return;
    }
    context.response().putHeader("Connection", "close");
    end(
        context.response(),
        RequestId.of(context),
        ProxyError.of(
            413,
            "payload_too_large",
            "The request body is larger than " + maxRequestBytes + " bytes"));
    requests.count("unknown", 413);
  }

  @PreDestroy
  void stop() {
    turns.shutdown();
  }

  private void dispatch(RoutingContext context) {
    try {
      turns.execute(() -> handle(context));
    } catch (RejectedExecutionException full) {
      var requestId = RequestId.of(context);
      context.response().putHeader("Retry-After", "1");
      end(
          context.response(),
          requestId,
          ProxyError.of(429, "rate_limited", "Too many turns in progress; retry shortly"));
      requests.count("unknown", 429);
    }
  }

  private void handle(RoutingContext context) {
    var requestId = RequestId.of(context);
    MDC.put(RequestId.MDC_KEY, requestId);
    var response = context.response();
    var agentId = context.pathParam("agentId");
    var sink = new EventStreamSink(response, requestId);
    try {
      var sessionHeader = context.request().getHeader(SESSION_HEADER);
      if (sessionHeader != null && sessionHeader.chars().anyMatch(Character::isISOControl)) {
        // Vert.x refuses most control characters in a header before any route (a bare 400); tabs
        // and C1 controls reach us. Never quoted: the key may be personal data.
        end(
            response,
            requestId,
            new ProxyError(
                422,
                "validation_failed",
                SESSION_HEADER + " must not contain control characters",
                SESSION_HEADER));
        requests.count("unknown", 422);
        return;
      }
      var body = Utf8Body.of(context.body().buffer());
      if (body == null) {
        // Never quoted either: the bytes around the malformed one may be personal data.
        end(
            response,
            requestId,
            ProxyError.of(422, "validation_failed", "The request body is not well-formed UTF-8"));
        requests.count("unknown", 422);
        return;
      }
      var command =
          new Command(
              agentId,
              bearer(context.request().getHeader("Authorization")),
              Optional.ofNullable(sessionHeader),
              body);
      var reply = new Reply(response, requestId);
      int status = proxy.proxy(command, sink).fold(reply);
      // Only an agent that was found names its label: a caller cannot grow the label set.
      requests.count(reply.agentFound ? agentId : "unknown", status);
    } catch (RuntimeException e) {
      if (e instanceof EventStreamSink.CallerGone || ClosedConnection.isIn(e)) {
        // The caller went away mid-turn: nothing to answer, and no fault of ours. Anything else
        // is a bug, logged as one even when the caller has gone too.
        LOG.debugf("caller closed the connection during the turn (%s)", e.getClass().getName());
        requests.count("unknown", 499);
        return;
      }
      // Never the exception's message: it may quote the request.
      LOG.errorf("proxy turn failed: %s", e.getClass().getName());
      if (!sink.opened() && !response.ended()) {
        end(response, requestId, ProxyError.of(500, "internal_error", "Internal error"));
      } else if (!response.ended()) {
        response.end();
      }
      requests.count("unknown", 500);
    } finally {
      MDC.remove(RequestId.MDC_KEY);
    }
  }

  /**
   * Writes each outcome of a turn to the caller and gives the status written; a streamed answer has
   * been written already, frame by frame.
   */
  private static final class Reply implements Outcome.Cases<Integer> {
    private final HttpServerResponse response;
    private final String requestId;
    private boolean agentFound = true;

    Reply(HttpServerResponse response, String requestId) {
      this.response = response;
      this.requestId = requestId;
    }

    @Override
    public Integer agentNotFound(Outcome.AgentNotFound outcome) {
      agentFound = false;
      return error(ProxyError.of(404, "agent_not_found", "No such agent"));
    }

    @Override
    public Integer agentUnavailable(Outcome.AgentUnavailable outcome) {
      agentFound = false;
      return maskingUnavailable();
    }

    @Override
    public Integer rateLimited(Outcome.RateLimited limited) {
      if (callerGone()) {
        return 499;
      }
      response.putHeader("Retry-After", Long.toString(RetryAfter.seconds(limited.retryAfter())));
      return error(
          ProxyError.of(
              429,
              "rate_limited",
              "This account is over its rate limit for the proxy; retry after the Retry-After"
                  + " seconds"));
    }

    @Override
    public Integer badProxyKey(Outcome.BadProxyKey outcome) {
      return error(
          ProxyError.of(
              401, "bad_signature", "This agent requires its proxy key as a bearer token"));
    }

    @Override
    public Integer invalidRequest(Outcome.InvalidRequest invalid) {
      return error(
          new ProxyError(
              422, "validation_failed", invalid.param() + " " + invalid.issue(), invalid.param()));
    }

    @Override
    public Integer modelNotAllowed(Outcome.ModelNotAllowed outcome) {
      return error(
          new ProxyError(
              422,
              "model_not_allowed",
              "This agent does not accept that model; send its upstream model",
              "model"));
    }

    @Override
    public Integer unsupportedContent(Outcome.UnsupportedContent refused) {
      return error(
          new ProxyError(
              422, "unsupported_content", refused.path() + " " + refused.reason(), refused.path()));
    }

    @Override
    public Integer maskingUnavailable(Outcome.MaskingUnavailable outcome) {
      return maskingUnavailable();
    }

    @Override
    public Integer upstreamFailed(Outcome.UpstreamFailed failed) {
      return error(upstreamError(failed));
    }

    @Override
    public Integer answered(Outcome.Answered answered) {
      if (callerGone()) {
        return 499;
      }
      response
          .setStatusCode(200)
          .putHeader("Content-Type", "application/json")
          .end(answered.json());
      return 200;
    }

    @Override
    public Integer streamed(Outcome.Streamed outcome) {
      return 200;
    }

    private int maskingUnavailable() {
      return error(
          ProxyError.of(
              503,
              "masking_unavailable",
              "Masking is unavailable; the request was not forwarded. Retry shortly"));
    }

    private int error(ProxyError error) {
      if (callerGone()) {
        return 499;
      }
      end(response, requestId, error);
      return error.status();
    }

    private boolean callerGone() {
      if (response.closed()) {
        // The caller closed the connection while the turn ran; the access log says so.
        LOG.debug("caller closed the connection before the answer");
        return true;
      }
      return false;
    }
  }

  /** 504 {@code upstream_timeout} or 502 {@code upstream_error}, as the outcome decides. */
  static ProxyError upstreamError(Outcome.UpstreamFailed failed) {
    return ProxyError.of(
        failed.status(),
        failed.status() == 504 ? "upstream_timeout" : "upstream_error",
        failed.message());
  }

  private static void end(HttpServerResponse response, String requestId, ProxyError error) {
    response
        .setStatusCode(error.status())
        .putHeader("Content-Type", "application/json")
        .end(error.json(requestId));
  }

  private static Optional<String> bearer(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return Optional.of(authorization.substring(7).strip()).filter(token -> !token.isEmpty());
  }
}
