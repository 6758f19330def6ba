package org.e2e.webhook;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

import org.e2e.webhook.AddressClass.Cidr;

/**
 * The IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890, RFC 8190) as data, one row per registry entry,
 * plus the few blocks other registries reserve ({@link Row#registry} says which). The registry versions followed are
 * {@link #IPV4_REGISTRY} and {@link #IPV6_REGISTRY}; README names them too.
 *
 * <p>
 * Every row is refused as a webhook target, also the few the registry marks globally reachable: those are anycast
 * service addresses (PCP, TURN, DNS-SD SRP, AMT, AS112), answered by the nearest instance of the service, which may sit
 * inside the service's own network, and ORCHIDv2 and DET identifiers, which are not routable locators (RFC 7343
 * section 2, RFC 9374). No webhook receiver has a reason to live at any of them. Two forms that carry an IPv4
 * address in a fixed place are judged by that address instead ({@link Rule#EMBEDDED_IPV4}): the NAT64 well-known
 * prefix, which DNS64 answers for names that only have an IPv4 address, and 6to4.
 */
final class SpecialPurposeAddresses {

    static final String IPV4_REGISTRY = "IANA IPv4 Special-Purpose Address Registry, last updated 2020-09-04";
    static final String IPV6_REGISTRY = "IANA IPv6 Special-Purpose Address Registry, last updated 2024-10-22";

    /** What a webhook target in a row's block gets. */
    enum Rule {
        REFUSE,
        /** Judged by the IPv4 address the IPv6 address carries (NAT64: its last 32 bits; 6to4: bits 16 to 47). */
        EMBEDDED_IPV4
    }

    /**
     * One block. {@code globallyReachable} is the registry's own column as it reads ("True", "False", "N/A"; "-" for
     * a block of another registry), kept so that each departure from it is visible in the table.
     */
    record Row(String prefix, Cidr block, String name, String reference, String globallyReachable, Rule rule,
            String registry) {

        Row(String prefix, String name, String reference, String globallyReachable, Rule rule, String registry) {
            this(prefix, Cidr.parse(prefix), name, reference, globallyReachable, rule, registry);
        }
    }

    private static final String SPECIAL = "special-purpose";

    static final List<Row> ROWS = List.of(
            // IPv4 Special-Purpose Address Registry
            refuse("0.0.0.0/8", "'this network'", "RFC 791", "False"),
            refuse("0.0.0.0/32", "'this host on this network'", "RFC 1122", "False"),
            refuse("10.0.0.0/8", "private-use", "RFC 1918", "False"),
            refuse("100.64.0.0/10", "shared (CGNAT)", "RFC 6598", "False"),
            refuse("127.0.0.0/8", "loopback", "RFC 1122", "False"),
            refuse("169.254.0.0/16", "link-local", "RFC 3927", "False"),
            refuse("172.16.0.0/12", "private-use", "RFC 1918", "False"),
            refuse("192.0.0.0/24", "IETF protocol assignments", "RFC 6890", "False"),
            refuse("192.0.0.0/29", "IPv4 service continuity (DS-Lite)", "RFC 7335", "False"),
            refuse("192.0.0.8/32", "IPv4 dummy", "RFC 7600", "False"),
            refuse("192.0.0.9/32", "Port Control Protocol anycast", "RFC 7723", "True"),
            refuse("192.0.0.10/32", "TURN anycast", "RFC 8155", "True"),
            refuse("192.0.0.170/32", "NAT64/DNS64 discovery", "RFC 8880", "False"),
            refuse("192.0.0.171/32", "NAT64/DNS64 discovery", "RFC 8880", "False"),
            refuse("192.0.2.0/24", "documentation (TEST-NET-1)", "RFC 5737", "False"),
            refuse("192.31.196.0/24", "AS112-v4 anycast", "RFC 7535", "True"),
            refuse("192.52.193.0/24", "AMT relay anycast", "RFC 7450", "True"),
            refuse("192.88.99.0/24", "deprecated 6to4 relay anycast", "RFC 7526", "N/A"),
            refuse("192.88.99.2/32", "6a44 relay anycast", "RFC 6751", "N/A"),
            refuse("192.168.0.0/16", "private-use", "RFC 1918", "False"),
            refuse("192.175.48.0/24", "AS112 direct delegation anycast", "RFC 7534", "True"),
            refuse("198.18.0.0/15", "benchmarking", "RFC 2544", "False"),
            refuse("198.51.100.0/24", "documentation (TEST-NET-2)", "RFC 5737", "False"),
            refuse("203.0.113.0/24", "documentation (TEST-NET-3)", "RFC 5737", "False"),
            refuse("240.0.0.0/4", "reserved", "RFC 1112", "False"),
            refuse("255.255.255.255/32", "limited broadcast", "RFC 919", "False"),
            // IPv6 Special-Purpose Address Registry
            refuse("::1/128", "loopback", "RFC 4291", "False"),
            refuse("::/128", "unspecified", "RFC 4291", "False"),
            refuse("::ffff:0:0/96", "IPv4-mapped", "RFC 4291", "False"),
            new Row("64:ff9b::/96", "NAT64 well-known prefix", "RFC 6052", "True", Rule.EMBEDDED_IPV4, SPECIAL),
            refuse("64:ff9b:1::/48", "local-use IPv4/IPv6 translation", "RFC 8215", "False"),
            refuse("100::/64", "discard-only", "RFC 6666", "False"),
            refuse("100:0:0:1::/64", "dummy IPv6 prefix", "RFC 9780", "False"),
            refuse("2001::/23", "IETF protocol assignments", "RFC 2928", "False"),
            refuse("2001::/32", "Teredo", "RFC 4380", "N/A"),
            refuse("2001:1::1/128", "Port Control Protocol anycast", "RFC 7723", "True"),
            refuse("2001:1::2/128", "TURN anycast", "RFC 8155", "True"),
            refuse("2001:1::3/128", "DNS-SD service registration protocol anycast", "RFC 9665", "True"),
            refuse("2001:2::/48", "benchmarking", "RFC 5180", "False"),
            refuse("2001:3::/32", "AMT relay anycast", "RFC 7450", "True"),
            refuse("2001:4:112::/48", "AS112-v6 anycast", "RFC 7535", "True"),
            refuse("2001:10::/28", "deprecated ORCHID", "RFC 4843", "N/A"),
            refuse("2001:20::/28", "ORCHIDv2 identifier", "RFC 7343", "True"),
            refuse("2001:30::/28", "drone remote ID entity tag (DET)", "RFC 9374", "True"),
            refuse("2001:db8::/32", "documentation", "RFC 3849", "False"),
            new Row("2002::/16", "6to4", "RFC 3056", "N/A", Rule.EMBEDDED_IPV4, SPECIAL),
            refuse("2620:4f:8000::/48", "AS112 direct delegation anycast", "RFC 7534", "True"),
            refuse("3fff::/20", "documentation", "RFC 9637", "False"),
            refuse("5f00::/16", "segment routing (SRv6) SID", "RFC 9602", "False"),
            refuse("fc00::/7", "unique-local", "RFC 4193", "False"),
            refuse("fe80::/10", "link-local", "RFC 4291", "False"),
            // Blocks of other registries
            other("224.0.0.0/4", "multicast", "RFC 5771", "IPv4 multicast address space"),
            other("ff00::/8", "multicast", "RFC 4291", "IPv6 address space"),
            other("fec0::/10", "deprecated site-local", "RFC 3879", "IPv6 address space"),
            other("::/96", "deprecated IPv4-compatible", "RFC 4291", "IPv6 address space"),
            other("::ffff:0:0:0/96", "IPv4-translated", "RFC 6145", "IPv6 address space"));

    /** IPv6 global unicast (IPv6 address space registry): IANA has allocated nothing else for hosts. */
    private static final Cidr GLOBAL_UNICAST = Cidr.parse("2000::/3");

    private SpecialPurposeAddresses() {
    }

    /** The most specific row whose block holds the address, if any. */
    static Optional<Row> row(InetAddress address) {
        Row best = null;
        for (Row row : ROWS) {
            if (row.block().contains(address) && (best == null || row.block().prefix() > best.block().prefix())) {
                best = row;
            }
        }
        return Optional.ofNullable(best);
    }

    /** An IPv6 address outside 2000::/3 that no row names is in space IANA keeps reserved. */
    static boolean outsideGlobalUnicast(InetAddress ipv6) {
        return !GLOBAL_UNICAST.contains(ipv6);
    }

    private static Row refuse(String block, String name, String reference, String globallyReachable) {
        return new Row(block, name, reference, globallyReachable, Rule.REFUSE, SPECIAL);
    }

    private static Row other(String block, String name, String reference, String registry) {
        return new Row(block, name, reference, "-", Rule.REFUSE, registry);
    }
}
