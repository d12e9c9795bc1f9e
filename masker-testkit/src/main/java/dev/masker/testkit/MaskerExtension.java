package dev.masker.testkit;

import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.Policy;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit Jupiter extension (JUnit 5.10 or later) that gives each test a ready {@link Masker} and,
 * when asked for, a running {@link FakeOpenAiUpstream}.
 *
 * <pre>{@code
 * @ExtendWith(MaskerExtension.class)
 * class FrontDeskAgentTest {
 *   @Test
 *   void the_model_never_hears_the_number(Masker masker, FakeOpenAiUpstream upstream) { ... }
 * }
 * }</pre>
 *
 * Each test gets its own: a masker built by {@link TestMasker#create(Policy)} (the fixed test key,
 * an in-memory vault, nothing learned yet) and an upstream on a port of its own, stopped after the
 * test. Within one test, every parameter and field of one type is the same object. One resolved in
 * the class's context instead (a {@code @BeforeAll} method's parameter, or a constructor's where
 * JUnit resolves those for the class) is the class's, shared by its tests, and its upstream stops
 * after the class. Besides parameters (of test methods, {@code @BeforeEach} methods and
 * constructors), the extension fills the test instance's non-static, non-final fields of type
 * {@code Masker} and {@code FakeOpenAiUpstream} before each test. Another policy:
 * {@code @RegisterExtension static MaskerExtension masker = MaskerExtension.withPolicy(policy);}.
 */
public final class MaskerExtension
    implements ParameterResolver, BeforeEachCallback, AfterEachCallback, AfterAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(MaskerExtension.class);

  private final Policy policy;

  /** The built-in healthcare policy ({@code Policy.healthcareDefault()}). */
  public MaskerExtension() {
    this(Policy.healthcareDefault());
  }

  private MaskerExtension(Policy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** An extension whose maskers use {@code policy}, for {@code @RegisterExtension}. */
  public static MaskerExtension withPolicy(Policy policy) {
    return new MaskerExtension(policy);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    var type = parameter.getParameter().getType();
    return type == Masker.class || type == FakeOpenAiUpstream.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return valueOf(parameter.getParameter().getType(), context);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IllegalAccessException {
    for (var instance : context.getRequiredTestInstances().getAllInstances()) {
      for (var type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
        for (var field : type.getDeclaredFields()) {
          if (fillable(field)) {
            field.setAccessible(true);
            field.set(instance, valueOf(field.getType(), context));
          }
        }
      }
    }
  }

  private static boolean fillable(Field field) {
    int modifiers = field.getModifiers();
    var type = field.getType();
    return !Modifier.isStatic(modifiers)
        && !Modifier.isFinal(modifiers)
        && (type == Masker.class || type == FakeOpenAiUpstream.class);
  }

  private Object valueOf(Class<?> type, ExtensionContext context) {
    var store = context.getStore(NAMESPACE);
    var value = store.get(type);
    if (value == null) {
      value = type == Masker.class ? TestMasker.create(policy) : FakeOpenAiUpstream.start();
      store.put(type, value);
    }
    return value;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stopUpstream(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stopUpstream(context);
  }

  private static void stopUpstream(ExtensionContext context) {
    var upstream = context.getStore(NAMESPACE).remove(FakeOpenAiUpstream.class);
    if (upstream instanceof FakeOpenAiUpstream running) {
      running.close();
    }
  }
}
