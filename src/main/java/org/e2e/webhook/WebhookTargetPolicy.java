package org.e2e.webhook;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.e2e.config.ServiceConfig;

/**
 * Which URLs a webhook may be delivered to (server-side request forgery protection). Only http and https, no
 * credentials in the URL, no host spelled as a non-standard number, and, unless {@code e2e.webhooks.allowed-targets}
 * makes an exception, no host that is or resolves to an address {@link AddressClass} refuses or one of this host's
 * own interface addresses, and no name of a local-only special-use domain (localhost, .local, home.arpa, .internal).
 * A name is judged without its trailing dot ("localhost." is localhost). Subscriptions are checked when created;
 * deliveries again, after resolving the name at that moment, and then connect to exactly the address that was
 * checked, so a name that changes its address in between cannot redirect them.
 */
@ApplicationScoped
public class WebhookTargetPolicy {

    /** Looks a host name up; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A URL that may not be a webhook target, with the reason in the API's words. */
    public static class RefusedTarget extends Exception {
        public RefusedTarget(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A checked target: where to connect ({@code address}) and what to ask for there. */
    public record Target(URI uri, String host, int port, boolean https, InetAddress address) {
        /** Path and query to request. */
        public String requestUri() {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
    }

    /**
     * Special-use domain names that only ever name something on the local host or network: localhost (RFC 6761),
     * multicast DNS (.local, RFC 6762), residential networks (home.arpa, RFC 8375) and private use (.internal).
     */
    private static final List<String> LOCAL_ONLY_DOMAINS = List.of("localhost", "local", "home.arpa", "internal");

    private final Set<String> allowedHosts;
    private final List<AddressClass.Cidr> allowedBlocks;
    private final Resolver resolver;
    private final Supplier<Set<InetAddress>> ownAddresses;

    @Inject
    public WebhookTargetPolicy(ServiceConfig config) {
        this(config.webhooks().allowedTargets().orElse(List.of()), InetAddress::getAllByName);
    }

    /** {@code allowed}: host names (as written in URLs) and address blocks (CIDR) exempt from the address rules. */
    public WebhookTargetPolicy(List<String> allowed, Resolver resolver) {
        this(allowed, resolver, WebhookTargetPolicy::interfaceAddresses);
    }

    /** {@code ownAddresses}: this host's interface addresses, asked at every check (interfaces come and go). */
    WebhookTargetPolicy(List<String> allowed, Resolver resolver, Supplier<Set<InetAddress>> ownAddresses) {
        List<AddressClass.Cidr> blocks = new ArrayList<>();
        for (String entry : allowed) {
            if (entry.contains("/")) {
                blocks.add(AddressClass.Cidr.parse(entry.strip()));
            }
        }
        this.allowedBlocks = List.copyOf(blocks);
        this.allowedHosts = allowed.stream().filter(e -> !e.contains("/")).map(WebhookTargetPolicy::normalHost)
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
        this.ownAddresses = ownAddresses;
    }

    /**
     * Checks a URL at subscription: its form, and the addresses its host has now. A name that does not resolve
     * (yet) is accepted: every delivery checks again.
     */
    public void checkSubscription(String url) throws RefusedTarget {
        URI uri = checkForm(url);
        checkName(uri.getHost());
        try {
            checkAddresses(uri.getHost(), resolver.resolve(normalHost(uri.getHost())));
        } catch (UnknownHostException e) {
            // not refused: the delivery resolves and checks it again
        }
    }

    /**
     * Checks a URL right before a delivery and returns the address to connect to: the first of the host's current
     * addresses, all of which passed. {@link UnknownHostException} means the name does not resolve now.
     */
    public Target checkDelivery(String url) throws RefusedTarget, UnknownHostException {
        URI uri = checkForm(url);
        checkName(uri.getHost());
        InetAddress[] addresses = resolver.resolve(normalHost(uri.getHost()));
        checkAddresses(uri.getHost(), addresses);
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80;
        return new Target(uri, uri.getHost(), port, https, addresses[0]);
    }

    private URI checkForm(String url) throws RefusedTarget {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new RefusedTarget("must be an absolute http or https URL");
        }
        if (!uri.isAbsolute() || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new RefusedTarget("must be an absolute http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedTarget("must not carry credentials (user info); the events are signed instead");
        }
        // java.net.URI reads some numeric spellings ("127.1", "0x7f.0.0.1") as no host at all: look at the authority.
        String host = uri.getHost() != null ? uri.getHost() : uri.getRawAuthority() == null ? ""
                : uri.getRawAuthority().replaceFirst(":[0-9]*$", "");
        Optional<InetAddress> numeric = AddressClass.nonStandardIpv4(host);
        if (numeric.isPresent()) {
            throw new RefusedTarget("host '" + host + "' is a non-standard spelling of the IPv4 address "
                    + numeric.get().getHostAddress() + "; write IPv4 addresses as four decimal numbers");
        }
        if (uri.getHost() == null) {
            throw new RefusedTarget("must name a host");
        }
        if (host.contains("%")) {
            throw new RefusedTarget("must not name an IPv6 zone");
        }
        return uri;
    }

    /** A name in a local-only special-use domain is refused before anything resolves it. */
    private void checkName(String host) throws RefusedTarget {
        String name = normalHost(host);
        if (allowedHosts.contains(name)) {
            return;
        }
        for (String domain : LOCAL_ONLY_DOMAINS) {
            if (name.equals(domain) || name.endsWith("." + domain)) {
                throw new RefusedTarget("host '" + host + "' is in the special-use domain '" + domain
                        + "', which only names local hosts; webhooks may not reach them");
            }
        }
    }

    private void checkAddresses(String host, InetAddress[] addresses) throws RefusedTarget {
        if (allowedHosts.contains(normalHost(host))) {
            return;
        }
        for (InetAddress address : addresses) {
            if (allowedBlocks.stream().anyMatch(block -> block.contains(address))) {
                continue;
            }
            Optional<String> refused = AddressClass.refused(address).or(() -> ownAddresses.get().contains(address)
                    ? Optional.of("one of this host's own addresses") : Optional.empty());
            if (refused.isPresent()) {
                throw new RefusedTarget((AddressClass.isIpLiteral(host) ? "is "
                        : "host '" + host + "' resolves to " + address.getHostAddress() + ", ")
                        + refused.get() + ", which webhooks may not reach");
            }
        }
    }

    /** The addresses of this host's network interfaces (an unreadable interface list: none known). */
    static Set<InetAddress> interfaceAddresses() {
        try {
            return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                    .map(WebhookTargetPolicy::withoutScope).collect(Collectors.toUnmodifiableSet());
        } catch (SocketException e) {
            return Set.of();
        }
    }

    /** An interface's IPv6 address carries its scope, which equals() compares; a resolved address has none. */
    private static InetAddress withoutScope(InetAddress address) {
        try {
            return InetAddress.getByAddress(address.getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower case, without IPv6 brackets or a trailing dot. */
    static String normalHost(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
