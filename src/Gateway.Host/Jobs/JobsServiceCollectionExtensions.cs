using Gateway.Host.Hosting;
using Microsoft.Extensions.Configuration;
using Quartz;

namespace Gateway.Host.Jobs;

/// <summary>
/// The Quartz sweeps: due deliveries, expired leases, outbox directories, retention, key rotation and obligation deadlines.
/// Quartz keeps its schedule in memory, per instance: which instance runs a sweep that must not run twice at once is
/// decided by the store's cluster leases (<see cref="ClusterSweep"/>), not by a Quartz job store of its own.
/// </summary>
internal static class JobsServiceCollectionExtensions
{
    public static IServiceCollection AddGatewayJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGatewaySection<JobsOptions, JobsOptionsValidator>(JobsOptions.SectionName);
        services.AddSingleton<KeyRotationReport>();
        services.AddSingleton<ClusterSweep>();
        var options = configuration.ValueOrDefault<JobsOptions>(JobsOptions.SectionName);
        services.AddQuartz(quartz =>
        {
            quartz.UseInMemoryStore();
            Every<DispatchDeliveriesJob>(quartz, options.DeliverySweep);
            Every<ReleaseExpiredLeasesJob>(quartz, options.LeaseSweep);
            Every<PickUpOutboxesJob>(quartz, options.OutboxSweep);
            Every<SweepRetentionJob>(quartz, options.RetentionSweep);
            Every<RotateKeysJob>(quartz, options.KeyRotationSweep);
            Every<SweepDeadlinesJob>(quartz, options.DeadlineSweep);
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }

    private static void Every<TJob>(IQuartzBuilder quartz, TimeSpan interval)
        where TJob : class, IJob =>
        quartz.ScheduleJob<TJob>(trigger => trigger
            .WithIdentity(typeof(TJob).Name)
            .StartNow()
            .WithSimpleSchedule(interval));
}
