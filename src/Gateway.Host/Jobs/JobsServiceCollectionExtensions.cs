using Gateway.Host.Hosting;
using Microsoft.Extensions.Configuration;
using Quartz;

namespace Gateway.Host.Jobs;

/// <summary>
/// The Quartz sweeps: due deliveries, expired leases, outbox directories, retention, key rotation, obligation deadlines and
/// the instance-name check; and the leases given back at a clean stop.
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

        // Stops after Quartz (and every other hosted service) stopped: gives back what this run still holds.
        services.AddHostedService<ReleaseLeasesAtStop>();
        services.AddQuartz(quartz =>
        {
            quartz.UseInMemoryStore();

            // A clean stop cancels the running sweeps and waits for them: claimed deliveries not yet sent are given back
            // (uncounted) instead of being sent during the stop, and a sweep's run ends as stopped.
            quartz.ConfigureScheduler(scheduler => scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs);
            Every<DispatchDeliveriesJob>(quartz, options.DeliverySweep);
            Every<ReleaseExpiredLeasesJob>(quartz, options.LeaseSweep);
            Every<PickUpOutboxesJob>(quartz, options.OutboxSweep);
            Every<SweepRetentionJob>(quartz, options.RetentionSweep);
            Every<RotateKeysJob>(quartz, options.KeyRotationSweep);
            Every<SweepDeadlinesJob>(quartz, options.DeadlineSweep);
            Every<CheckInstanceNameJob>(quartz, options.InstanceNameCheck);
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
